// Lotrace site search: progressive enhancement. Every page works without it; when the search
// index can be fetched (from a web server; browsers refuse it from file://), the search box
// appears and finds lots, serials, delivery references, customers and orders as you type.
// search.json lists the index's shards; a shard holds the terms starting with its key and is
// fetched the first time a query needs it.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form || !window.fetch || !window.TextEncoder) return;
  var root = form.getAttribute("data-root") || "";
  var loaded = {};

  function fetchJSON(path) {
    return fetch(path).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  function hex(key) {
    return Array.prototype.map.call(new TextEncoder().encode(key), function (byte) {
      return (byte < 16 ? "0" : "") + byte.toString(16);
    }).join("");
  }

  fetchJSON(form.getAttribute("data-index")).then(function (index) {
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    function shard(key) {
      if (!loaded[key]) loaded[key] = fetchJSON(root + index.folder + hex(key) + ".json");
      return loaded[key];
    }

    function show(query, rows, more) {
      if (input.value.trim().toLowerCase() !== query) return;
      list.textContent = "";
      var seen = {};
      var shown = 0;
      for (var i = 0; i < rows.length && shown < 30; i++) {
        var row = rows[i];
        if (row[0].indexOf(query) !== 0 || seen[row[3]]) continue;
        seen[row[3]] = true;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + row[3];
        link.textContent = row[1];
        var note = document.createElement("small");
        note.textContent = row[2];
        link.appendChild(note);
        item.appendChild(link);
        list.appendChild(item);
        shown++;
      }
      if (more) {
        var hint = document.createElement("li");
        hint.textContent = "Type more characters to see every match.";
        list.appendChild(hint);
      }
    }

    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      list.textContent = "";
      if (Array.from(query).length < 2) return;
      var keys = index.shards.filter(function (key) {
        return key.indexOf(query) === 0 || query.indexOf(key) === 0;
      });
      var more = keys.length > 3;
      Promise.all(keys.slice(0, 3).map(shard)).then(function (shards) {
        show(query, [].concat.apply([], shards), more);
      }).catch(function () { /* a shard that cannot be fetched finds nothing */ });
    });
  }).catch(function () { /* no index: the search box stays hidden */ });
})();
