// pnpm's hooks. beforePacking shapes the package.json that `pnpm pack` and `pnpm publish` put in
// a tarball, leaving the one on disk untouched: users get what installs and runs a package, not
// our development scripts or dev dependencies (some of them private workspace packages).
// package-checks asserts on the packed package.json that both are gone.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.scripts;
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
