/**
 * nginx for the cluster test, configured by deploy/nginx.conf itself: the production file is read
 * as written and only its addresses are replaced (the `listen` lines, `server_name`, and the
 * upstream's `server` lines, one per instance of the test, with the file's own max_fails and
 * fail_timeout). It then runs in the foreground under a small main configuration whose pid file,
 * logs and temporary files are all in the test's directory.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const siteFile = path.resolve(import.meta.dirname, "..", "..", "deploy", "nginx.conf");

export type SiteAddresses = { listen: string; serverName: string; upstreams: string[] };

/** deploy/nginx.conf with the test's addresses. Throws when the file no longer has the lines replaced. */
export function renderSite(text: string, { listen, serverName, upstreams }: SiteAddresses): string {
  const replaced = { listen: 0, serverName: 0, upstream: 0 };
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const upstream = /^(\s*)server 127\.0\.0\.1:\d+( [^;]*)?;(.*)$/.exec(line);
    if (upstream) {
      // The first one gives its parameters to every instance of the test.
      if (replaced.upstream++ === 0) {
        for (const address of upstreams) lines.push(`${upstream[1]}server ${address}${upstream[2] ?? ""};`);
      }
      continue;
    }
    const listenLine = /^(\s*)listen (\[::\]:)?80( default_server)?;(.*)$/.exec(line);
    if (listenLine) {
      replaced.listen++;
      // IPv6 is not the test's business: one address, twice (default server, application server).
      if (!listenLine[2]) lines.push(`${listenLine[1]}listen ${listen}${listenLine[3] ?? ""};`);
      continue;
    }
    const name = /^(\s*)server_name (?!_;)\S+;$/.exec(line);
    if (name) {
      replaced.serverName++;
      lines.push(`${name[1]}server_name ${serverName};`);
      continue;
    }
    lines.push(line);
  }
  if (replaced.listen !== 4 || replaced.serverName !== 1 || replaced.upstream < 1) {
    throw new Error(
      `deploy/nginx.conf does not have the expected shape (2 + 2 "listen 80" lines, one "server_name" other than "_", ` +
        `upstream "server 127.0.0.1:<port> …;" lines): found ${JSON.stringify(replaced)}`,
    );
  }
  return lines.join("\n");
}

/** Writes the main configuration and the rendered site in `dir`; returns the nginx command line. */
export function writeNginxConfig(dir: string, addresses: SiteAddresses): { args: string[]; accessLog: string; errorLog: string } {
  mkdirSync(dir, { recursive: true });
  const temp = (name: string) => path.join(dir, name);
  const accessLog = temp("access.log");
  const errorLog = temp("error.log");
  writeFileSync(temp("orbite.conf"), renderSite(readFileSync(siteFile, "utf8"), addresses));
  writeFileSync(
    temp("nginx.conf"),
    `# The cluster test's main configuration: everything nginx writes stays in this directory.
daemon off;
worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${errorLog} warn;
${process.getuid?.() === 0 ? "# Workers as root: nginx's default user could not write this directory's temporary files.\nuser root;\n" : ""}
events {
    worker_connections 512;
}

http {
    # Which instance answered each request (two addresses: the first failed, the second answered).
    log_format cluster '$request_method $uri $status upstream=$upstream_addr upstream_status=$upstream_status';
    access_log ${accessLog} cluster;
    client_body_temp_path ${temp("client_body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};

    include ${temp("orbite.conf")};
}
`,
  );
  return { args: ["-e", errorLog, "-p", dir, "-c", temp("nginx.conf")], accessLog, errorLog };
}
