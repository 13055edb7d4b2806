// A one-line progress bar on stderr while several files are checked (none when stderr is not a terminal).

export interface Progress {
  step(label: string): void;
  done(): void;
}

interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const NONE: Progress = { step: () => {}, done: () => {} };

export function progressBar(total: number, stream: Terminal): Progress {
  if (!stream.isTTY || total < 2) return NONE;
  let n = 0;
  const width = 24;
  return {
    step(label: string) {
      n++;
      const filled = Math.round((n / total) * width);
      const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${n}/${total} ${label}`;
      stream.write(`\r\x1b[K${line.slice(0, Math.max(20, (stream.columns ?? 80) - 1))}`);
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
