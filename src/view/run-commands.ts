import type { Cell, SweepManifest } from '../schema/index.ts';

/** One "run it yourself" command with its title, filled in for a cell. */
export interface RunCommand {
  title: string;
  command: string;
  /** Placeholders the cell could not fill, e.g. `digest`. */
  unfilled: string[];
}

/** Fills the manifest's run templates for a cell; unknown values stay visible as `<name unknown>`. Nothing is invented. */
export function buildRunCommands(cell: Cell, manifest: SweepManifest): RunCommand[] {
  const image = cell.container_image ?? manifest.tuis?.[cell.tui]?.image;
  const digest = cell.image_digest ?? manifest.tuis?.[cell.tui]?.digest;
  const values: Record<string, string | undefined> = { sweep_id: cell.sweep_id, tui: cell.tui, model: cell.model, task: cell.task, image, digest };
  return Object.entries(manifest.run_templates ?? {}).map(([title, template]) => {
    const unfilled = new Set<string>();
    const command = template.replace(/\{(sweep_id|tui|model|task|image|digest)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) unfilled.add(name);
      return value ?? `<${name} unknown>`;
    });
    return { title, command, unfilled: [...unfilled] };
  });
}
