import { execFileSync } from 'node:child_process';

export interface GitInfo {
  commit: string;
  short: string;
  /** Committer date, the reproducible clock of the whole archive. */
  date: Date;
  /** True when the working tree differs from the commit: the archive says so in its name. */
  dirty: boolean;
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

export function gitInfo(): GitInfo {
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  return { commit, short: commit.slice(0, 10), date: new Date(git('log', '-1', '--format=%cI')), dirty };
}
