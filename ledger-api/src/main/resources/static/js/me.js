// The volunteer's pages (/me). No inline script (CSP script-src 'self').
// The months chart is another part's fragment: while it is not served (404) or refused, the slot stays empty
// rather than showing an error page inside the card's page.
document.addEventListener("htmx:beforeSwap", function (event) {
  var target = event.detail.target;
  if (target && target.id === "months" && event.detail.xhr.status >= 400) {
    event.detail.shouldSwap = false;
  }
});
