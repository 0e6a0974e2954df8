// The kiosk's code screen: a button puts it in full screen (a browser allows that only after a click).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("fullscreen");
  if (!button || !document.documentElement.requestFullscreen) {
    return;
  }
  button.addEventListener("click", function () {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen();
    }
  });
});
