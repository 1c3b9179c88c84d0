// The shim is only right for the prisma CLI whose engine it wraps: the WASM
// engine is published as `<prisma version>-<n>.<engine commit>`, and the CLI
// names the engine commit it expects in @prisma/engines-version.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type PackageJson = {
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

const shimDir = import.meta.dirname;
const repoRoot = path.resolve(shimDir, "..", "..");

const readPackageJson = (dir: string): PackageJson => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));

/**
 * The directory of the package `name` that Node resolves from `fromDir`
 * (looked up in node_modules upwards, as Node does; package.json files are
 * read directly since not every package exports its own).
 */
function packageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

function installedPackageDir(name: string, fromDir: string): string {
  const dir = packageDir(name, fromDir);
  if (!dir) throw new Error(`${name} is not installed (looked up from ${fromDir}).`);
  return dir;
}

/** `7.10.0-4.0edf…` -> { release: "7.10.0", commit: "0edf…" } */
function engineBuild(version: string): { release: string; commit: string } {
  const match = /^(\d+\.\d+\.\d+)-\d+\.([0-9a-f]{40})$/.exec(version);
  if (!match) throw new Error(`Not an engine build version: ${version}`);
  return { release: match[1], commit: match[2] };
}

const prismaDir = installedPackageDir("prisma", repoRoot);
const prisma = readPackageJson(prismaDir);
const engineWasm = readPackageJson(installedPackageDir("@prisma/schema-engine-wasm", shimDir));
const enginesDir = packageDir("@prisma/engines", prismaDir);
const enginesVersionDir = enginesDir && packageDir("@prisma/engines-version", enginesDir);
const expectedCommit = enginesVersionDir && engineBuild(readPackageJson(enginesVersionDir).version).commit;

describe("the WASM schema engine", () => {
  it("is the build for the installed prisma CLI", () => {
    expect(engineBuild(engineWasm.version).release).toBe(prisma.version);
  });

  it.skipIf(!expectedCommit)("is built from the engine commit the CLI expects", () => {
    expect(engineBuild(engineWasm.version).commit).toBe(expectedCommit);
  });
});

describe("the shim's peer dependencies", () => {
  const peers = Object.entries(readPackageJson(shimDir).peerDependencies ?? {});
  const rootDependencies = readPackageJson(repoRoot).dependencies ?? {};

  it.each(peers)("pin %s at the version the repository depends on and installs", (name, version) => {
    expect(rootDependencies[name]).toBe(version);
    expect(readPackageJson(installedPackageDir(name, shimDir)).version).toBe(version);
  });
});
