import type { Cell, SweepManifest } from '../schema/index.ts';

/**
 * What a run template reproduces:
 * - `exact`: pins the image (and digest) this run used: the citable way to rerun it;
 * - `own-endpoint`: runs the CLI against an endpoint (and model) the reader brings;
 * - `other`: anything else the manifest offers.
 */
export type RunCommandKind = 'exact' | 'own-endpoint' | 'other';

/** One "run it yourself" command with its title, filled in for a cell. */
export interface RunCommand {
  title: string;
  /** The filled command, long lines wrapped one flag per line; copied as shown (still one valid command). */
  command: string;
  /** Placeholders the cell could not fill, e.g. `digest`. */
  unfilled: string[];
  kind: RunCommandKind;
  /** A preview path whose score is not for citation (e.g. an npx CLI). */
  provisional: boolean;
  /** The model this run used, when the command takes the reader's model instead; else null. */
  publishedModel: string | null;
}

const PLACEHOLDER = /\{(sweep_id|tui|model|task|image|digest)\}/g;
// `$YOUR_ENDPOINT`, `${YOUR_API_BASE}`, …: the reader's own endpoint; `$YOUR_MODEL_ID`: their own model.
const OWN_ENDPOINT = /\$\{?YOUR_[A-Z_]*(?:ENDPOINT|BASE|URL)\b/;
const OWN_MODEL = /\$\{?YOUR_[A-Z_]*MODEL/;
const OWN_TITLE = /bring your own|\bbyo\b|your own (?:endpoint|model)/i;
const PROVISIONAL = /provisional|preview|not for citation/i;

/** Classifies a manifest template by what it reproduces; see {@link RunCommandKind}. */
export function classifyTemplate(title: string, template: string): { kind: RunCommandKind; provisional: boolean; ownModel: boolean } {
  const pinsImage = /\{(?:image|digest)\}/.test(template);
  const ownEndpoint = OWN_ENDPOINT.test(template) || OWN_TITLE.test(title);
  const ownModel = OWN_MODEL.test(template) && !template.includes('{model}');
  const provisional = PROVISIONAL.test(title) || /^\s*npx\s/m.test(template);
  return { kind: pinsImage && !provisional ? 'exact' : ownEndpoint || ownModel ? 'own-endpoint' : 'other', provisional, ownModel };
}

/**
 * Fills the manifest's run templates for a cell; unknown values stay visible as `<name unknown>`.
 * Nothing is invented. Exact commands come first, then own-endpoint ones, then the rest, each in
 * manifest order.
 */
export function buildRunCommands(cell: Cell, manifest: SweepManifest): RunCommand[] {
  const image = cell.container_image ?? manifest.tuis?.[cell.tui]?.image;
  const digest = cell.image_digest ?? manifest.tuis?.[cell.tui]?.digest;
  const values: Record<string, string | undefined> = { sweep_id: cell.sweep_id, tui: cell.tui, model: cell.model, task: cell.task, image, digest };
  const commands = Object.entries(manifest.run_templates ?? {}).map(([title, template]): RunCommand => {
    const unfilled = new Set<string>();
    const filled = template.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined) unfilled.add(name);
      return value ?? `<${name} unknown>`;
    });
    const { kind, provisional, ownModel } = classifyTemplate(title, template);
    // A comment line, so the copied text is still a command and still says which model the result used.
    const command = wrapShellCommand(filled) + (ownModel ? `\n\n# Published cell used model: ${cell.model}` : '');
    return { title, command, unfilled: [...unfilled], kind, provisional, publishedModel: ownModel ? cell.model : null };
  });
  const order: RunCommandKind[] = ['exact', 'own-endpoint', 'other'];
  return order.flatMap((k) => commands.filter((c) => c.kind === k));
}

interface LineScan {
  /** Words of the line, split where the shell would split them; null when a break could change the command. */
  words: string[] | null;
  /** Quotes and `$(` still open at the end of the line, innermost last. */
  open: string[];
  /** The line starts a here-doc: the lines after it are its body. */
  heredoc: boolean;
}

/**
 * Reads one line as the shell would, starting inside the quotes and `$(` left open above.
 * Only a blank outside every quote and substitution splits words.
 */
function scanLine(line: string, startOpen: readonly string[]): LineScan {
  const words: string[] = [];
  const open = [...startOpen]; // "'", '"', '`' or '(' for $( … )
  let word = '';
  let safe = open.length === 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    const top = open[open.length - 1];
    if (top === "'") {
      if (c === "'") open.pop();
    } else if (c === '\\') {
      if (i === line.length - 1) safe = false; // already continued
      word += c;
      i++;
      word += line[i] ?? '';
      continue;
    } else if (c === top && top !== '(') {
      open.pop();
    } else if (c === '$' && line[i + 1] === '(' && top !== '`') {
      open.push('(');
      word += c;
      i++;
      word += '(';
      continue;
    } else if (top === '(' && c === ')') {
      open.pop();
    } else if (top === '(' && c === '(') {
      open.push('(');
    } else if (top === '"' || top === '`') {
      if (c === '`' && top === '"') open.push('`');
    } else if (c === "'" || c === '"' || c === '`') {
      open.push(c);
    } else if (top === undefined && c === '#' && word === '') {
      // A comment runs to the end of the line; a backslash in it would not continue the command.
      return { words: null, open, heredoc: false };
    } else if (top === undefined && c === '<' && line[i + 1] === '<' && line[i + 2] !== '<') {
      return { words: null, open, heredoc: true };
    } else if (top === undefined && (c === ' ' || c === '\t')) {
      if (word !== '') words.push(word);
      word = '';
      continue;
    }
    word += c;
  }
  if (word !== '') words.push(word);
  return { words: safe && open.length === 0 ? words : null, open, heredoc: false };
}

const isFlag = (word: string): boolean => /^--?[A-Za-z]/.test(word);
const isOperator = (word: string): boolean => /^(?:&&|\|\||\||;)$/.test(word);

/**
 * Wraps every line of a shell command longer than `width` the way a shell reads it: the command
 * and its leading arguments first, then one flag (with its values) or operator per line, each
 * line but the last ending in ` \`. A backslash-newline outside single quotes vanishes before
 * the shell splits words, so the wrapped text is the same command. Short lines, and lines it
 * cannot read for certain (comments, here-docs, quotes open across lines, `$(…)` left open),
 * stay exactly as written.
 *
 * @example
 * wrapShellCommand('aider --model "openai/$M" --yes-always --message "fix it"', 20);
 * // 'aider \\\n  --model "openai/$M" \\\n  --yes-always \\\n  --message "fix it"'
 */
export function wrapShellCommand(command: string, width = 80): string {
  const out: string[] = [];
  let open: string[] = [];
  let heredoc = false;
  for (const line of command.split('\n')) {
    if (heredoc) {
      out.push(line);
      continue;
    }
    const scan = scanLine(line, open);
    open = scan.open;
    heredoc = scan.heredoc;
    const groups: string[][] = [];
    for (const word of line.length > width ? (scan.words ?? []) : []) {
      const last = groups[groups.length - 1];
      if (last === undefined || isFlag(word) || isOperator(word)) groups.push([word]);
      else last.push(word);
    }
    if (groups.length < 2) {
      out.push(line);
      continue;
    }
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    out.push(groups.map((g, i) => `${indent}${i === 0 ? '' : '  '}${g.join(' ')}`).join(' \\\n'));
  }
  return out.join('\n');
}
