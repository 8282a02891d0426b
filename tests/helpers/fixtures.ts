// Where the test fixtures live, as absolute paths, so a test finds them from any working directory
// and nothing reads outside the repository.
import { fileURLToPath } from 'node:url';

/** `tests/fixtures/`, absolute. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The seed archive: one sweep holding the one fully known real cell. */
export const SEED_ARCHIVE_DIR = `${FIXTURES_DIR}seed-sweep`;

/** The seed sweep's folder. */
export const SEED_SWEEP_DIR = `${SEED_ARCHIVE_DIR}/free-20260527`;

/** The seed cell's record. */
export const SEED_CELL_FILE = `${SEED_SWEEP_DIR}/cells/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.json`;

/** Ten real cells from two public sweeps, partial as real archives are. */
export const REAL_SAMPLE_DIR = `${FIXTURES_DIR}real-sample`;
