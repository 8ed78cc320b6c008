// Gives the parts of each .stack-table their ARIA roles, so that a table laid out as cards on a phone
// (stackTable.css) is still announced as a table where a browser drops its semantics with display: block.
const ROLES: [string, string][] = [
  ['.stack-table', 'table'],
  ['.stack-table :is(thead, tbody, tfoot)', 'rowgroup'],
  ['.stack-table tr', 'row'],
  ['.stack-table thead th', 'columnheader'],
  ['.stack-table tbody th', 'rowheader'],
  ['.stack-table td', 'cell'],
];
for (const [selector, role] of ROLES)
  for (const el of document.querySelectorAll(selector)) el.setAttribute('role', role);
