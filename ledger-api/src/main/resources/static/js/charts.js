// Points Bank charts (no inline script: CSP script-src 'self'). Each <div class="chart" data-chart="JSON"> holds the
// same JSON as the API's overview endpoints; ECharts (its WebJar, loaded here only when a chart is on the page) draws
// it. Drawn on load and again whenever htmx swaps a chart in. The same figures are in a <table> next to the chart.
(function () {
  if (window.pointsBankCharts) {
    window.pointsBankCharts.drawAll();
    return;
  }
  var COLOURS = ["#0b5394", "#b45f06", "#38761d"];

  function series(kind, data) {
    if (kind === "station") {
      return {
        x: data.weeks.map(function (w) { return w.weekStart; }),
        values: [
          data.weeks.map(function (w) { return w.volunteer; }),
          data.weeks.map(function (w) { return w.study; }),
          data.weeks.map(function (w) { return w.governance; })
        ]
      };
    }
    return {
      x: data.months.map(function (m) { return m.period; }),
      values: [
        data.months.map(function (m) { return m.volunteerPoints; }),
        data.months.map(function (m) { return m.studyPoints; }),
        data.months.map(function (m) { return m.governancePoints; })
      ]
    };
  }

  function draw(el) {
    if (el.getAttribute("data-drawn") === "true") {
      return;
    }
    var data = JSON.parse(el.getAttribute("data-chart"));
    var s = series(el.getAttribute("data-chart-kind"), data);
    var names = [el.getAttribute("data-label-volunteer"), el.getAttribute("data-label-study"),
      el.getAttribute("data-label-governance")];
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      color: COLOURS,
      aria: { enabled: true, label: { description: el.getAttribute("aria-label") } },
      tooltip: { trigger: "axis" },
      legend: { data: names, top: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: "category", data: s.x },
      yAxis: { type: "value", minInterval: 1 },
      series: names.map(function (name, i) {
        return { name: name, type: "bar", stack: "points", data: s.values[i] };
      })
    });
    el.setAttribute("data-drawn", "true");
    window.addEventListener("resize", function () { chart.resize(); });
  }

  var loading = false;

  function drawAll() {
    var charts = document.querySelectorAll("[data-chart]");
    if (charts.length === 0) {
      return;
    }
    if (!window.echarts) {
      if (!loading) {
        loading = true;
        var script = document.createElement("script");
        script.src = charts[0].getAttribute("data-echarts");
        script.addEventListener("load", drawAll);
        document.head.appendChild(script);
      }
      return;
    }
    Array.prototype.forEach.call(charts, draw);
  }

  window.pointsBankCharts = { drawAll: drawAll };
  document.addEventListener("htmx:afterSwap", drawAll);
  document.addEventListener("htmx:load", drawAll);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
