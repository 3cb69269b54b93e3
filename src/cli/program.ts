// The command-line program: `extract` and `eval`. Parsing errors of any command exit with code 2 (usage).
import { Command } from "commander";
import { evalCommand } from "../eval/command.js";
import { extractCommand, type StandardOutputs } from "./extract-command.js";

export function createProgram(version: string, outputs: StandardOutputs): Command {
  const program = new Command("defection-extractor")
    .description("extract typed defection records from news text")
    .version(version)
    .showHelpAfterError("(run with --help for usage and examples)")
    .addCommand(extractCommand(outputs))
    .addCommand(evalCommand());
  throwOnExit(program);
  return program;
}

/** Commander would exit with code 1 on a parsing error; throwing lets main map it to the usage code. */
function throwOnExit(command: Command): void {
  command.exitOverride();
  for (const child of command.commands) throwOnExit(child);
}
