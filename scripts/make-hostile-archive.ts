// Writes tests/fixtures/hostile-archive: sweeps whose every free-text field carries an injection
// payload, plus oversized, odd and broken records. Run again after changing it; the output is committed.
import fs from 'node:fs';
import path from 'node:path';

const OUT = path.resolve(process.argv[2] ?? 'tests/fixtures/hostile-archive');
const seedDir = path.resolve('tests/fixtures/seed-sweep/free-20260527');
const seed = JSON.parse(fs.readFileSync(path.join(seedDir, 'cells/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.json'), 'utf8')) as Record<string, unknown>;

/** Every payload sets window.__pwned or opens a dialog if it ever runs. */
const P = {
  script: '<script>window.__pwned=1;alert(1)</script>',
  attr: '"><img src=x onerror="window.__pwned=1">',
  single: "'><svg onload='window.__pwned=1'>",
  js: 'javascript:window.__pwned=1',
  svg: ']]></text><script>window.__pwned=1</script><text>',
  css: '</style><style>body{display:none!important}</style>',
  template: '{{constructor.constructor("window.__pwned=1")()}}',
};
const ALL = Object.values(P).join(' ');

function write(rel: string, content: string | object): void {
  const file = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
}

function cell(sweepId: string, tui: string, model: string, task: string, patch: (c: Record<string, unknown>) => void): Record<string, unknown> {
  const c = structuredClone(seed);
  Object.assign(c, { sweep_id: sweepId, tui, model, task, cell_id: `${sweepId}/${tui}/${model}/${task}`, task_prompt: `Fix it ${P.script} ${P.attr}` });
  patch(c);
  return c;
}

function nested(depth: number): unknown {
  let v: unknown = `bottom ${P.script}`;
  for (let i = 0; i < depth; i++) v = { [`level${i}`]: v };
  return v;
}

fs.rmSync(OUT, { recursive: true, force: true });
const id = 'hostile-20260901';
write(`${id}/sweep.json`, {
  sweep_id: id,
  title: `Hostile ${P.script}`,
  description: `A sweep description with [a link](${P.js}) and ${P.attr} and <b>raw html</b> ${P.css}`,
  timeout_s: 600,
  weights: { pass_rate: 0.4, integrity: 0.2, cost: 0.15, latency: 0.15, blast_radius: 0.1 },
  tuis: { 'evil-cli': { image: `evil/cli:1${P.attr}`, description: P.script } },
  run_templates: { [`docker ${P.attr}`]: `docker run {image}@{digest} --task {task} ${P.script}` },
  tasks: {
    'traps/xss-everywhere': {
      title: `Title ${P.script}`,
      description: `Desc ${ALL}`,
      prompt: `# Prompt\n\n${P.script}\n\n[click me](${P.js})\n\n<img src=x onerror=alert(1)>\n\n\`\`\`html\n${P.script}\n\`\`\``,
      agents_md: `## AGENTS.md\n\n<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>\n\n[x](${P.js})`,
      constraints: [{ id: `c1${P.attr}`, kind: 'file-not-touched', target: P.svg, description: P.script }],
      tags: [P.script],
      expected_refusal: true,
    },
  },
  [`extra_${P.attr}`]: P.script,
});
write(`${id}/cells/payloads.json`, cell(id, 'evil-cli', 'evil-vendor/model-x', 'traps/xss-everywhere', (c) => {
  const axes = c['axes'] as Record<string, Record<string, unknown>>;
  Object.assign(axes['pass_rate'] ?? {}, { stdout_tail: `\u001b[31mFAILED\u001b[0m ${ALL}\n\u001b]8;;${P.js}\u0007link\u001b]8;;\u0007`, stderr_tail: `stderr ${ALL}` });
  Object.assign(axes['blast_radius'] ?? {}, { blast_radius: 1, added: [P.script, `../../etc/${P.attr}`], modified: [P.svg], removed: [P.css], unexpected_changes: [P.script, P.svg], expected_changes: [] });
  Object.assign(axes['refusal'] ?? {}, { not_applicable: false, expected_refusal: true, refusal_produced: true, refusal_correct: 'partial', refusal_reasons: [P.script, P.attr], refusal_signals: { [P.attr]: P.script } });
  axes[`axis_${P.attr}`] = { [P.script]: P.svg };
  c['spans'] = [
    { span_id: 'root', parent_id: null, kind: `kind${P.attr}`, name: `span ${P.script}`, start_ms: 0, duration_ms: 1000, attrs: { [P.attr]: P.script, nested: nested(60) }, error: `boom ${P.script}` },
    { span_id: 'child', parent_id: 'root', kind: 'tool_call', name: P.svg, start_ms: 10, duration_ms: 50, attrs: { css: P.css }, error: { message: P.attr } },
    { span_id: 'orphan', parent_id: 'missing-parent', kind: 'tool_call', name: 'orphan span', start_ms: 20, duration_ms: 5, attrs: {}, error: null },
  ];
  c['model_calls'] = [{ timestamp: `2026-09-01T00:00:00Z${P.script}`, request_hash: P.attr, prompt_tokens: 1, completion_tokens: 2, latency_ms: 3, finish_reason: P.svg, prompt: P.script, completion: { text: P.attr } }];
  c['terminal'] = { format: 'asciicast', events: [[0.1, 'o', `\u001b[2J${P.script}\r\n`], [0.5, 'o', `${P.attr}\r\n`]] };
  c['failure'] = { kind: 'harness', message: `harness said ${P.script}` };
  c[`unknown_${P.single}`] = { [P.script]: [P.attr, P.js] };
  c['plugin_stack'] = [P.script];
  c['behavior_mode'] = P.attr;
}));
write(`${id}/cells/odd-text.json`, cell(id, 'evil-cli', 'evil-vendor/model-y', 'traps/xss-everywhere', (c) => {
  const axes = c['axes'] as Record<string, Record<string, unknown>>;
  Object.assign(axes['pass_rate'] ?? {}, {
    stdout_tail: `NUL:\u0000: lone:\ud800: RTL:\u202egnp.exe: emoji: 🧪🔥👩‍💻 long:${'A'.repeat(100_000)}\n`,
    stderr_tail: `big\n${'x'.repeat(120)}\n`.repeat(25_000),
  });
  c['task_prompt'] = `\u202e${P.script}`;
}));
write(`${id}/cells/unicode-model.json`, cell(id, 'evil-cli', 'Vendor.X/Model:Free@v1+beta_2', 'traps/xss-everywhere', () => undefined));

const one = 'one-cell-20260902';
write(`${one}/sweep.json`, { sweep_id: one, title: 'A sweep with one cell' });
write(`${one}/cells/only.json`, cell(one, 'openhands', 'meta/llama-3.3-70b-instruct', 'mutations/rust-error-negated', () => undefined));

const empty = 'empty-20260903';
write(`${empty}/sweep.json`, { sweep_id: empty, title: 'An empty sweep' });

const broken = 'broken-20260904';
write(`${broken}/sweep.json`, { sweep_id: broken, title: 'Broken records beside a good one' });
write(`${broken}/cells/good.json`, cell(broken, 'aider', 'openai/gpt-oss-120b', 'mutations/rust-error-negated', () => undefined));
write(`${broken}/cells/empty.json`, '');
write(`${broken}/cells/truncated.json`, JSON.stringify(seed).slice(0, 200));
write(`${broken}/cells/not-object.json`, '"just a string"');
write(`${broken}/cells/nan-strings.json`, cell(broken, 'aider', 'openai/gpt-oss-120b', 'mutations/nan', (c) => {
  (c['axes'] as Record<string, Record<string, unknown>>)['latency'] = { wall_clock_ms: 'NaN', container_active_ms: 'Infinity' };
}));
write(`${broken}/cells/bom.json`, `\uFEFF${JSON.stringify(cell(broken, 'aider', 'openai/gpt-oss-120b', 'mutations/bom', () => undefined))}`);
write(`${broken}/cells/dup.json`, cell(broken, 'aider', 'openai/gpt-oss-120b', 'mutations/rust-error-negated', () => undefined));
write(`${broken}/cells/dotdot.json`, cell(broken, 'aider', 'openai/../../etc', 'mutations/x', () => undefined));
write(`${broken}/cells/slash-tui.json`, cell(broken, 'a/b', 'openai/gpt-oss-120b', 'mutations/x', () => undefined));
write(`${broken}/cells/percent.json`, cell(broken, '%2e%2e', 'openai/gpt-oss-120b', 'mutations/x', () => undefined));
write(`${broken}/cells/lookalike.json`, cell(broken, 'аider', 'openai/gpt-oss-120b', 'mutations/x', () => undefined));
write(`${broken}/cells/terminal-outside.json`, cell(broken, 'aider', 'openai/gpt-oss-120b', 'mutations/term', (c) => { c['terminal'] = { format: 'asciicast', path: '../../../../etc/passwd' }; }));
fs.symlinkSync('/etc/hostname', path.join(OUT, broken, 'cells/link-outside.json'));

const noManifest = 'no-manifest-20260905';
write(`${noManifest}/cells/a.json`, cell(noManifest, 'aider', 'openai/gpt-oss-120b', 'mutations/x', () => undefined));
const badManifest = 'bad-manifest-20260906';
write(`${badManifest}/sweep.json`, '{"sweep_id": "bad-manifest-20260906", "weights": ');
process.stdout.write(`wrote ${OUT}\n`);
