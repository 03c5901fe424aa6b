// The git side of `pnpm spec:diff`: the repository root, the base ref and the spec at a ref.
import { execFileSync } from "node:child_process";

export const SPEC_PATH = "spec/openapi.yaml";

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {string}
 */
function git(args, cwd) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * The root of the git repository containing `cwd`.
 * @param {string} cwd
 * @returns {string}
 */
export function repositoryRoot(cwd) {
  return git(["rev-parse", "--show-toplevel"], cwd).trim();
}

/**
 * The last release tag reachable from HEAD (changesets tags `@composio-client/<name>@<version>`;
 * `v*` is accepted too), else HEAD.
 * @param {string} root
 * @returns {string}
 */
export function defaultBase(root) {
  try {
    const args = ["describe", "--tags", "--abbrev=0", "--match", "@composio-client/*@*"];
    return git([...args, "--match", "v*", "HEAD"], root).trim();
  } catch {
    return "HEAD";
  }
}

/**
 * The spec's text at `ref`.
 * @param {string} root
 * @param {string} ref
 * @returns {string}
 */
export function specAt(root, ref) {
  try {
    return git(["show", `${ref}:${SPEC_PATH}`], root);
  } catch (error) {
    const stderr = String(/** @type {{ stderr?: unknown }} */ (error).stderr ?? "").trim();
    throw new Error(`Cannot read ${SPEC_PATH} at ${ref}: ${stderr || "git show failed"}`);
  }
}
