import type { LoggerService } from '@nestjs/common';

export interface LogLine {
  level: 'log' | 'warn' | 'error' | 'debug' | 'verbose' | 'fatal';
  context?: string;
  message: string;
}

/** A Nest logger that keeps what it is told (errors also go to stderr, as with the default logger). */
export class LogCapture implements LoggerService {
  readonly lines: LogLine[] = [];

  readonly log = (message: unknown, ...rest: unknown[]) => this.keep('log', message, rest);
  readonly warn = (message: unknown, ...rest: unknown[]) => this.keep('warn', message, rest);
  readonly debug = (message: unknown, ...rest: unknown[]) => this.keep('debug', message, rest);
  readonly verbose = (message: unknown, ...rest: unknown[]) => this.keep('verbose', message, rest);
  readonly fatal = (message: unknown, ...rest: unknown[]) => this.keep('fatal', message, rest);
  readonly error = (message: unknown, ...rest: unknown[]) => {
    this.keep('error', message, rest);
    process.stderr.write(`${String(message)} ${rest.map(String).join(' ')}\n`);
  };

  /** The lines of one context (Nest passes it last), e.g. 'Refusal'. */
  of(context: string): string[] {
    return this.lines.filter((l) => l.context === context).map((l) => l.message);
  }

  private keep(level: LogLine['level'], message: unknown, rest: unknown[]) {
    const last = rest[rest.length - 1];
    this.lines.push({ level, context: typeof last === 'string' ? last : undefined, message: String(message) });
  }
}
