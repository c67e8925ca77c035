// Each cell of a console table gets its column's name as data-label (unless the template gave one),
// which a phone shows before the cell when rows become cards (admin.css). Names are copied with
// textContent and setAttribute only: nothing is parsed as markup.
for (const table of document.querySelectorAll("table.list")) {
  const names = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.children].forEach((cell, i) => {
      if (!cell.hasAttribute("data-label") && names[i] !== undefined) cell.setAttribute("data-label", names[i]);
    });
  }
}
