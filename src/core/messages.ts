// Renders message templates: "{name}" is replaced by the report's data.

export type Lang = "ja" | "en";

// A template split once into literal text and keys (odd indexes): a sheet of 100,000 findings
// renders each of a few dozen templates many times.
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

export function render(template: string, data: Record<string, string | number> = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : "") + parts[i + 1];
  }
  return out;
}
