import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell, SweepManifest } from '../schema/index.ts';
import { SEED_ARCHIVE_DIR } from '../../tests/helpers/fixtures.ts';
import { buildRunCommands, classifyTemplate, wrapShellCommand } from './run-commands.ts';

const manifest = JSON.parse(fs.readFileSync(path.join(SEED_ARCHIVE_DIR, 'free-20260527/sweep.json'), 'utf8')) as SweepManifest;
const cell = JSON.parse(fs.readFileSync(path.join(SEED_ARCHIVE_DIR, 'free-20260527/cells/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.json'), 'utf8')) as Cell;

describe('wrapShellCommand', () => {
  it.each<[string, string, number, string]>([
    ['leaves a short line alone', 'npx x check --tui a', 80, 'npx x check --tui a'],
    ['puts one flag with its value per line', 'aider --model "openai/$M" --yes-always --message "fix it"', 20, 'aider \\\n  --model "openai/$M" \\\n  --yes-always \\\n  --message "fix it"'],
    ['keeps the command and its leading arguments together', 'npx @cab/cli check --tui openhands --task m/x', 20, 'npx @cab/cli check \\\n  --tui openhands \\\n  --task m/x'],
    ['never splits inside quotes', `run --message "a --b c" --note 'd --e f'`, 10, `run \\\n  --message "a --b c" \\\n  --note 'd --e f'`],
    ['keeps escaped spaces in their word', 'run --path a\\ --b --x', 10, 'run \\\n  --path a\\ --b \\\n  --x'],
    ['keeps $( … ) whole', 'run --at $(date --iso -u) --x', 10, 'run \\\n  --at $(date --iso -u) \\\n  --x'],
    ['starts a line at an operator', 'make --jobs 4 && run --fast', 10, 'make \\\n  --jobs 4 \\\n  && run \\\n  --fast'],
    ['keeps the indent of the line', '    run-cell --tui a --model b', 10, '    run-cell \\\n      --tui a \\\n      --model b'],
    ['leaves a line that ends in a continuation', 'run --a 1 --b 2 \\', 5, 'run --a 1 --b 2 \\'],
    ['leaves a comment alone', '# run --a 1 --b 2', 5, '# run --a 1 --b 2'],
    ['leaves a line with a trailing comment alone', 'run --a 1 # --b 2', 5, 'run --a 1 # --b 2'],
    ['leaves an unclosed quote alone', 'run --a "1 --b 2', 5, 'run --a "1 --b 2'],
    ['leaves the lines inside an open quote alone', 'echo "one\nrun --a 1 --b 2"', 5, 'echo "one\nrun --a 1 --b 2"'],
    ['leaves a here-doc and its body alone', 'cat <<EOF --a\nrun --a 1 --b 2\nEOF', 5, 'cat <<EOF --a\nrun --a 1 --b 2\nEOF'],
    ['treats a negative number as a value', 'run --retries -1 --x', 5, 'run \\\n  --retries -1 \\\n  --x'],
    ['leaves a line with nothing to break at', 'docker pull image@sha256:0123456789abcdef', 10, 'docker pull image@sha256:0123456789abcdef'],
  ])('%s', (_, input, width, expected) => {
    expect(wrapShellCommand(input, width)).toBe(expected);
  });

  // The copied text must stay the same command: bash must read the same words from both.
  const bash = (() => {
    try {
      execFileSync('bash', ['-c', 'true']);
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!bash).each([
    'printf "<%s>" --openai-api-base "$HOME" --model "openai/$YOUR_MODEL_ID" --yes-always --no-stream --message "<task prompt from the cell page>"',
    `printf "<%s>" --a 'x "y" z' --b "it's" --c a\\ b --d $(echo "p q") && printf "<%s>" --e 1 | cat`,
    'printf "<%s>" --x "a\\"b" --y `echo z` --z "$(printf "%s" "q  r")"',
  ])('wraps %s into the same command', (command) => {
    const wrapped = wrapShellCommand(command, 10);
    expect(wrapped).not.toBe(command);
    const run = (c: string): string => execFileSync('bash', ['-c', c], { encoding: 'utf8', env: { HOME: '/home/x', PATH: process.env['PATH'] ?? '' } });
    expect(run(wrapped)).toBe(run(command));
  });
});

describe('classifyTemplate', () => {
  it.each<[string, string, ReturnType<typeof classifyTemplate>]>([
    ['docker', 'docker run {image}@{digest} -e CAB_ENDPOINT="$YOUR_ENDPOINT" run-cell --model {model}', { kind: 'exact', provisional: false, ownModel: false }],
    ['aider (bring your own endpoint)', 'aider --openai-api-base "$OPENAI_API_BASE" --model "openai/$YOUR_MODEL_ID"', { kind: 'own-endpoint', provisional: false, ownModel: true }],
    ['npx (provisional)', 'npx @codingagentbench/cli check --model {model} --endpoint "$YOUR_ENDPOINT"', { kind: 'own-endpoint', provisional: true, ownModel: false }],
    ['preview', 'docker run {image} --preview', { kind: 'other', provisional: true, ownModel: false }],
    ['harness', 'cab run --task {task}', { kind: 'other', provisional: false, ownModel: false }],
  ])('%s', (title, template, expected) => {
    expect(classifyTemplate(title, template)).toEqual(expected);
  });
});

describe('buildRunCommands on the seed cell', () => {
  const commands = buildRunCommands(cell, manifest);

  it('orders exact, then own-endpoint commands, and marks what each needs said', () => {
    expect(commands.map((c) => [c.title, c.kind, c.provisional, c.publishedModel])).toEqual([
      ['docker', 'exact', false, null],
      ['aider (bring your own endpoint)', 'own-endpoint', false, 'meta/llama-3.3-70b-instruct'],
      ['npx (provisional)', 'own-endpoint', true, null],
    ]);
  });

  it('wraps the aider line one flag per line and names the published model', () => {
    expect(commands[1]?.command).toMatchInlineSnapshot(`
      "export OPENAI_API_BASE="$YOUR_ENDPOINT"
      export OPENAI_API_KEY="$YOUR_KEY"
      aider \\
        --openai-api-base "$OPENAI_API_BASE" \\
        --openai-api-key "$OPENAI_API_KEY" \\
        --model "openai/$YOUR_MODEL_ID" \\
        --yes-always \\
        --no-stream \\
        --no-check-update \\
        --no-analytics \\
        --no-show-model-warnings \\
        --no-suggest-shell-commands \\
        --no-auto-commits \\
        --no-pretty \\
        --message "<task prompt from the cell page>"

      # Published cell used model: meta/llama-3.3-70b-instruct"
    `);
  });

  it('fills the docker template without doubling the digest prefix and keeps its own layout', () => {
    expect(commands[0]?.command).toContain('docker pull codingagentbench/openhands:1.7.0@sha256:7fcaf222644a5cb0afffe018f038d270130b5af3b8af366cd960f2d596a4342c\n');
    expect(commands[0]?.command).toContain('  run-cell \\\n    --tui openhands \\\n');
    expect(commands[0]?.unfilled).toEqual([]);
  });

  it('shows a value the cell lacks as unknown, never invented', () => {
    const bare = { ...cell, container_image: undefined, image_digest: undefined };
    const [docker] = buildRunCommands(bare, { ...manifest, tuis: {} });
    expect(docker?.unfilled).toEqual(['image', 'digest']);
    expect(docker?.command).toContain('<image unknown>@<digest unknown>');
  });
});
