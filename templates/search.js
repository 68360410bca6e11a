// Lotrace site search: progressive enhancement. Every page works without it; when the small
// JSON index (search.json) can be fetched (from a web server; browsers refuse it from file://),
// the search box appears and finds lots, serials and delivery references as you type.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch) return;
  var root = form.getAttribute("data-root") || "";
  fetch(form.getAttribute("data-index")).then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }).then(function (index) {
    var entries = [];
    index.lots.forEach(function (lot) { entries.push({ key: lot[0].toLowerCase(), title: lot[0], note: lot[1], path: lot[2] }); });
    index.slips.forEach(function (slip) {
      entries.push({ key: (slip[0] + " " + slip[1] + " " + slip[2]).toLowerCase(), title: slip[0], note: slip[1], path: slip[3] });
    });
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      list.textContent = "";
      if (query.length < 2) return;
      var shown = 0;
      for (var i = 0; i < entries.length && shown < 30; i++) {
        if (entries[i].key.indexOf(query) === -1) continue;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + entries[i].path;
        link.textContent = entries[i].title;
        var note = document.createElement("small");
        note.textContent = entries[i].note;
        link.appendChild(note);
        item.appendChild(link);
        list.appendChild(item);
        shown++;
      }
    });
  }).catch(function () { /* no index: the search box stays hidden */ });
})();
