/** Runs the CLI from source, without a build: `node --import tsx scripts/brink.ts <command> …`. */
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
