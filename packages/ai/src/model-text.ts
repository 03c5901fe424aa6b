// Every text the model reads about a call that did not succeed, in one place: each says what
// happened, whether the tool ran, and what the model can do about it.

export const modelText = {
  unknownTool: (name: string) =>
    `Error: there is no tool named ${JSON.stringify(name)}. Nothing ran. Call one of the tools you were given.`,
  invalidJson: (slug: string, reason: string) =>
    `Error: the arguments for ${slug} are not valid JSON (${reason}). Nothing ran. Call it again with a JSON object.`,
  notAnObject: (slug: string) =>
    `Error: the arguments for ${slug} must be a JSON object. Nothing ran. Call it again with an object.`,
  schema: (slug: string, problems: readonly string[]) =>
    `Error: the arguments for ${slug} do not match its schema: ${problems.join("; ")}. Nothing ran. Call it again with corrected arguments.`,
  failed: (slug: string, error: string) => `Error: ${slug} ran and failed: ${error}`,
  blocked: (slug: string, error: string) =>
    `Error: ${slug} was blocked by a Composio hook and did not run: ${error}`,
  notRun: (slug: string, message: string) => `Error: ${slug} did not run: ${message}`,
  mayHaveRun: (slug: string, message: string) =>
    `Error: ${slug} may have run, but its result was lost (${message}). Check whether it took effect before calling it again.`,
  unreadable: (slug: string, resultType: unknown) =>
    `Error: Composio answered ${slug} with a result this client cannot read (result type ${JSON.stringify(resultType) ?? "missing"}), so it may have run. Check whether it took effect before calling it again.`,
} as const;
