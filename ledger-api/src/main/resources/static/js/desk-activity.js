// The activity desk: after a scan is answered (over htmx) the card field has the focus again, for the next card.
document.addEventListener("htmx:afterSettle", function () {
  var field = document.getElementById("cardId");
  if (field) {
    field.focus();
  }
});
