// A pool of warm worker threads for checked documents. Each thread is sent small batches ahead of need, so it never
// waits on a round trip; a document that runs past the time budget or takes its thread down (out of heap, killed)
// gets a "timeout" or "worker_crashed" outcome, the thread is replaced, and the documents it had not begun go on.
import { Worker } from "node:worker_threads";
import { isOutcome } from "./admission.js";
import { admitLine, type NdjsonLine } from "./ndjson.js";
import { errorOutcome, type DocumentErrorCode, type DocumentOutcome, type DocumentTask, type ExtractionSettings } from "./outcome.js";
import { Queue } from "./queue.js";
import type { FromThread, ThreadSettings, ToThread } from "./worker.js";

export interface PoolSettings {
  threads: number;
  /** The built worker entry each thread runs. */
  host: string;
  /** A custom module exporting `extractDocument`, or null for the built-in one. */
  module: string | null;
  /** What the threads extract with, sent to each once. */
  extraction: ExtractionSettings;
  /** Per-document budget from the moment a thread begins the document; Infinity for none. */
  timeoutMs: number;
  /** V8 heap limit of each thread (old generation). */
  memoryMb: number;
  /** Larger documents (UTF-8 bytes) become "too_large" outcomes; the threads check the lines they parse. */
  maxBytes: number;
}

interface Job {
  task: DocumentTask | NdjsonLine;
  cost: number;
  resolve(outcome: DocumentOutcome): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  /** Sent to the thread and not yet answered, in the order the thread works through them. */
  assigned: Queue<Job>;
  /** Fires when the document the thread is working on runs past the budget. */
  timer: ReturnType<typeof setTimeout> | null;
  /** Why the thread stopped, from its "error" event; its "exit" follows. */
  failure: string | null;
  /** Terminated on purpose (timeout or close): its exit is expected. */
  retired: boolean;
}

/** Each thread holds at least this many documents when there are enough: the one it runs and the next. */
const AHEAD = 2;
/** A batch stops at this many documents or characters: fewer messages, while every thread still gets a share. */
const BATCH_DOCUMENTS = 8;
const BATCH_CHARACTERS = 64 * 1024;
/**
 * A smaller young generation than V8 sizes for a large heap: measured, the same CPU time per document and some 30 MB
 * less resident memory per thread; 8 MB cost 9% more CPU in extra scavenges.
 */
const YOUNG_GENERATION_MB = 16;

export class WorkerPool {
  private readonly waiting = new Queue<Job>();
  private readonly threads: Thread[] = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(private readonly settings: PoolSettings) {
    for (let index = 0; index < settings.threads; index += 1) this.threads.push(this.startThread());
  }

  run(task: DocumentTask | NdjsonLine, cost: number): Promise<DocumentOutcome> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, cost, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((thread) => this.retire(thread)));
  }

  private startThread(): Thread {
    const { host, module, extraction, memoryMb, maxBytes } = this.settings;
    const workerData: ThreadSettings = { pool: true, module, extraction, maxBytes };
    const worker = new Worker(host, { workerData, resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const thread: Thread = { worker, ready: false, assigned: new Queue(), timer: null, failure: null, retired: false };
    worker.on("message", (message: FromThread) => this.received(thread, message));
    worker.on("error", (error: Error) => {
      thread.failure = error.message;
    });
    worker.on("exit", (code) => this.exited(thread, code));
    return thread;
  }

  private received(thread: Thread, message: FromThread): void {
    if (thread.retired) return;
    if (message.type === "ready") {
      thread.ready = true;
    } else {
      this.stopTimer(thread);
      thread.assigned.shift()?.resolve(message.outcome);
      this.startTimer(thread);
    }
    this.dispatch();
  }

  private exited(thread: Thread, code: number): void {
    if (thread.retired || this.closing) return;
    thread.retired = true;
    this.stopTimer(thread);
    const reason = thread.failure ?? `exited with code ${code}`;
    if (!thread.ready) {
      // A thread that cannot even start would fail again if replaced: the run stops with the reason.
      this.fail(new Error(`defection-extractor: worker pool failed (${this.settings.module ?? this.settings.host}): a worker could not start: ${reason}`));
      return;
    }
    this.replace(thread, (job) => this.failed(job, "worker_crashed", `defection-extractor: worker stopped on this document: ${reason}`));
  }

  private timedOut(thread: Thread): void {
    thread.timer = null;
    if (thread.retired) return;
    void this.retire(thread);
    this.replace(thread, (job) => this.failed(job, "timeout", `defection-extractor: extraction took longer than ${this.settings.timeoutMs} ms`));
  }

  /** A line is parsed again here for its id; one that holds no document gets the error the thread would have given. */
  private failed(job: Job, code: DocumentErrorCode, message: string): DocumentOutcome {
    const task = "bytes" in job.task ? admitLine(job.task, this.settings.maxBytes) : job.task;
    return isOutcome(task) ? task : errorOutcome(task.id, task.line, code, message);
  }

  /** The document the thread was working on gets `outcome`; the ones it had not begun go back to the front. */
  private replace(thread: Thread, outcome: (job: Job) => DocumentOutcome): void {
    const running = thread.assigned.shift();
    if (running) running.resolve(outcome(running));
    const notBegun: Job[] = [];
    for (let job = thread.assigned.shift(); job !== undefined; job = thread.assigned.shift()) notBegun.push(job);
    this.waiting.unshiftAll(notBegun);
    this.threads[this.threads.indexOf(thread)] = this.startThread();
    this.dispatch();
  }

  private retire(thread: Thread): Promise<number> {
    thread.retired = true;
    this.stopTimer(thread);
    return thread.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const thread of this.threads) {
      for (let job = thread.assigned.shift(); job !== undefined; job = thread.assigned.shift()) job.reject(error);
      void this.retire(thread);
    }
    for (let job = this.waiting.shift(); job !== undefined; job = this.waiting.shift()) job.reject(error);
  }

  private dispatch(): void {
    if (this.failure !== null) return;
    for (const thread of this.threads) {
      if (thread.ready && !thread.retired && thread.assigned.size < AHEAD && this.waiting.size > 0) this.send(thread);
      // A thread keeps the process alive only while it has work, or is starting while work waits for it.
      if (thread.assigned.size > 0 || (!thread.ready && this.waiting.size > 0)) thread.worker.ref();
      else thread.worker.unref();
    }
  }

  private send(thread: Thread): void {
    // Small batches once the queue runs low, so that no thread is left idle while another holds the last documents.
    const share = Math.max(1, Math.min(BATCH_DOCUMENTS, Math.ceil(this.waiting.size / this.threads.length)));
    const tasks: Array<DocumentTask | NdjsonLine> = [];
    let characters = 0;
    while (tasks.length < share && characters < BATCH_CHARACTERS) {
      const job = this.waiting.shift();
      if (job === undefined) break;
      thread.assigned.push(job);
      tasks.push(job.task);
      characters += job.cost;
    }
    const idle = thread.assigned.size === tasks.length;
    thread.worker.postMessage({ type: "tasks", tasks } satisfies ToThread);
    if (idle) this.startTimer(thread);
  }

  private startTimer(thread: Thread): void {
    if (thread.assigned.size === 0 || !Number.isFinite(this.settings.timeoutMs)) return;
    thread.timer = setTimeout(() => this.timedOut(thread), this.settings.timeoutMs);
    thread.timer.unref();
  }

  private stopTimer(thread: Thread): void {
    if (thread.timer === null) return;
    clearTimeout(thread.timer);
    thread.timer = null;
  }
}
