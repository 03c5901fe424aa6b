// Every text the model reads about a call that did not succeed, in one place: each says what
// happened, whether the tool ran, and what the model can do about it.

export const modelText = {
  unknownTool: (name: string) =>
    `Error: there is no tool named ${JSON.stringify(name)}. Nothing ran. Call one of the tools you were given.`,
  invalidJson: (slug: string) =>
    `Error: the arguments for ${slug} are not valid JSON. Nothing ran. Call it again with a JSON object.`,
  notAnObject: (slug: string) =>
    `Error: the arguments for ${slug} must be a JSON object. Nothing ran. Call it again with an object.`,
  schema: (slug: string, problems: readonly string[]) =>
    `Error: the arguments for ${slug} do not match its schema: ${problems.join("; ")}. Nothing ran. Call it again with corrected arguments.`,
  failed: (slug: string, error: string) => `Error: ${slug} ran and failed: ${error}`,
  // A hook may block before the tool runs or after, withholding its result: say neither.
  blocked: (slug: string, error: string) =>
    `Error: a Composio session hook blocked ${slug}: ${error}. Calling it again unchanged will be blocked again.`,
  notRun: (slug: string, message: string) => `Error: ${slug} did not run: ${message}`,
  mayHaveRun: (slug: string, message: string) =>
    `Error: ${slug} may have run, but its result was lost (${message}). Check whether it took effect before calling it again.`,
  unreadable: (slug: string, resultType: unknown) =>
    `Error: Composio answered ${slug} with a result this client cannot read (result type ${JSON.stringify(resultType) ?? "missing"}), so it may have run. Check whether it took effect before calling it again.`,
} as const;
