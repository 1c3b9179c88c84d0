import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import {
  context as otelContext,
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  trace,
  type Context,
  type ContextManager,
  type Span,
  type SpanContext,
  type SpanOptions,
  type Tracer,
} from "@opentelemetry/api";
import { recordRequest } from "./recorder";

/**
 * Page timings from Next's own server spans. Next traces each request as a
 * `BaseServer.handleRequest` span (method, status, `next.route` = the route
 * pattern) through the OpenTelemetry API (the installed one, else its own copy).
 * Registering a tracer provider with it turns those spans on; this one keeps
 * no trace, it only measures the root request span when it ends. API routes
 * and server actions are measured at their own door, so they are skipped here.
 */

type Attributes = Record<string, unknown>;

/** Context propagation on AsyncLocalStorage: Next reads the root span's attributes (`next.route`) through it. */
class AsyncContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.storage.run(context, () => fn.apply(thisArg, args));
  }
  bind<T>(context: Context, target: T): T {
    if (typeof target !== "function") return target;
    const fn = target as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => this.with(context, fn, undefined, ...args)) as T;
  }
  enable() {
    return this;
  }
  disable() {
    this.storage.disable();
    return this;
  }
}

let nextId = 0;
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

class MeasuringSpan implements Span {
  private readonly started = performance.now();
  private ended = false;
  private readonly ids: SpanContext = { traceId: hex(++nextId, 32), spanId: hex(nextId, 16), traceFlags: 0 };
  constructor(
    private name: string,
    private readonly attributes: Attributes,
  ) {}
  spanContext() {
    return this.ids;
  }
  setAttribute(key: string, value: unknown) {
    this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes) {
    Object.assign(this.attributes, attributes);
    return this;
  }
  addEvent() {
    return this;
  }
  addLink() {
    return this;
  }
  addLinks() {
    return this;
  }
  setStatus() {
    return this;
  }
  updateName(name: string) {
    this.name = name;
    return this;
  }
  isRecording() {
    return !this.ended;
  }
  recordException() {}
  end() {
    if (this.ended) return;
    this.ended = true;
    if (this.attributes["next.span_type"] === "BaseServer.handleRequest") {
      measurePage(this.attributes, performance.now() - this.started);
    }
  }
}

/** A page render: a GET (or HEAD) of a route that is neither an API route nor a file. */
export function measurePage(attributes: Attributes, durationMs: number): void {
  const route = attributes["next.route"];
  const method = String(attributes["http.method"] ?? "GET");
  if (typeof route !== "string" || route.startsWith("/api/") || route === "/api") return;
  if (method !== "GET" && method !== "HEAD") return;
  const status = Number(attributes["http.status_code"] ?? 200);
  recordRequest({ kind: "PAGE", route, method, status, durationMs, error: status >= 500 });
}

/** What a span inside the request's span gets: it measures nothing and records nothing. */
const unmeasured = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

class MeasuringTracer implements Tracer {
  startSpan(name: string, options: SpanOptions = {}): Span {
    return new MeasuringSpan(name, { ...options.attributes });
  }
  /**
   * Only a request's own span is measured and made the active one. A span inside it (Next opens a
   * few per request) runs in its parent's context: entering a new one costs an AsyncLocalStorage
   * run, for nothing measured.
   */
  startActiveSpan<F extends (span: Span) => unknown>(name: string, ...rest: unknown[]): ReturnType<F> {
    const fn = rest.pop() as (span: Span) => ReturnType<F>;
    const [options, parent] = rest as [SpanOptions | undefined, Context | undefined];
    const context = parent ?? otelContext.active();
    if (trace.getSpan(context)) return fn(unmeasured);
    const span = this.startSpan(name, options);
    return otelContext.with(trace.setSpan(context, span), fn, undefined, span);
  }
}

const holder = globalThis as unknown as { __pageSpans?: boolean };

/** Turns on Next's request spans and measures pages from them; once per process. */
export function measurePages(): void {
  if (holder.__pageSpans) return;
  holder.__pageSpans = true;
  const tracer = new MeasuringTracer();
  otelContext.setGlobalContextManager(new AsyncContextManager());
  trace.setGlobalTracerProvider({ getTracer: () => tracer });
}
