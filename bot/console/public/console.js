/* global document, fetch, URLSearchParams, FormData, L, uPlot */
/*
 * The console's only script (no inline code; the CSP allows scripts by nonce only). It draws the
 * hot-spot map (Leaflet + markercluster; tiles only when MAP_TILE_URL is set, otherwise markers
 * on a plain background), the line charts (uPlot) and the bar widths, on load and after htmx swaps.
 */
(function () {
  'use strict';
  var SEVERITY_COLOURS = { 1: '#1f6f43', 2: '#7a5a00', 3: '#b34700', 4: '#a30d0d' };
  var PALETTE = ['#0b4f9c', '#a30d0d', '#1f6f43', '#b34700', '#6a3d9a', '#7a5a00', '#00707a', '#4a5260', '#c2185b', '#33691e', '#5d4037', '#283593'];
  var map = null;
  var cluster = null;

  function drawMap() {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined') return;
    if (!map) {
      map = L.map(el, { zoomControl: true, maxZoom: 18, minZoom: 3 }).setView([16.0, 106.0], 6);
      if (el.dataset.tiles) L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || '' }).addTo(map);
      cluster = L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false, iconCreateFunction: clusterIcon(el) }) : L.layerGroup();
      map.addLayer(cluster);
    }
    var url = el.dataset.points;
    var form = document.querySelector('form.filters');
    if (form && form.action.indexOf('/console/hot-spots') >= 0) url = '/console/hot-spots/points?' + new URLSearchParams(new FormData(form)).toString();
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) {
        return r.json();
      })
      .then(function (data) {
        cluster.clearLayers();
        var bounds = [];
        (data.points || []).forEach(function (p) {
          var m = L.circleMarker([p.lat, p.lng], {
            radius: 6 + p.severity * 2,
            color: '#fff',
            weight: 2,
            fillColor: SEVERITY_COLOURS[p.severity] || '#444',
            fillOpacity: 0.9,
          });
          var link = document.createElement('a');
          link.href = '/console/hot-spots/' + p.id;
          link.textContent = p.label;
          m.bindPopup(link);
          m.options.title = p.label;
          m.options.severity = p.severity;
          cluster.addLayer(m);
          bounds.push([p.lat, p.lng]);
        });
        el.dataset.count = String(bounds.length);
        if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13 });
      });
  }

  /**
   * A cluster takes the colour of the most severe hot spot in it (markercluster's default colours
   * by size: a green «3» could hide a level-4 one) and says so to screen readers.
   */
  function clusterIcon(el) {
    return function (group) {
      var top = 1;
      group.getAllChildMarkers().forEach(function (m) {
        if (m.options.severity > top) top = m.options.severity;
      });
      var count = group.getChildCount();
      var label = (el.dataset.clusterLabel || '{count} / {top}').replace('{count}', String(count)).replace('{top}', String(top));
      var span = document.createElement('span');
      span.textContent = String(count);
      var box = document.createElement('div');
      box.appendChild(span);
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', label);
      box.title = label;
      return L.divIcon({ html: box, className: 'sev-cluster sev-cluster-' + top, iconSize: L.point(40, 40) });
    };
  }

  function drawCharts(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('.hbar-fill[data-pct]'), function (bar) {
      bar.style.width = Math.max(0, Math.min(100, Number(bar.dataset.pct))) + '%';
    });
    if (typeof uPlot === 'undefined') return;
    Array.prototype.forEach.call((root || document).querySelectorAll('.chart[data-chart="lines"]'), function (el) {
      if (el.dataset.drawn) return;
      el.dataset.drawn = '1';
      var d = JSON.parse(el.dataset.series);
      if (!d.series.length) return;
      var xs = d.months.map(function (_m, i) {
        return i;
      });
      var opts = {
        width: Math.max(280, el.clientWidth - 16),
        height: 240,
        scales: { x: { time: false } },
        axes: [
          {
            values: function (_u, ticks) {
              return ticks.map(function (i) {
                return d.months[i] || '';
              });
            },
          },
          {
            values: function (_u, t) {
              return t.map(function (v) {
                return d.percent ? v + '%' : v;
              });
            },
          },
        ],
        series: [
          {
            label: d.xLabel,
            value: function (_u, i) {
              return i == null ? '--' : d.months[i] || '';
            },
          },
        ].concat(
          d.series.map(function (s, i) {
            return { label: s.label, stroke: PALETTE[i % PALETTE.length], width: 2 };
          }),
        ),
      };
      new uPlot(
        opts,
        [xs].concat(
          d.series.map(function (s) {
            return s.values;
          }),
        ),
        el,
      );
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawMap();
    drawCharts(document);
  });
  document.body.addEventListener('htmx:afterSwap', function (e) {
    drawCharts(e.target);
    if (e.target && e.target.id === 'results') drawMap();
  });
})();
