/** A Markdown table, its columns padded to one width so that it also reads as plain text. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((r) => (r[column] ?? "").length)),
  );
  const row = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? "").padEnd(width)).join(" | ")} |`;
  return [row(header), row(widths.map((width) => "-".repeat(width))), ...rows.map(row)].join("\n");
}
