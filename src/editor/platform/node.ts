// Desktop and remote hosts: who the reviewer is, asked of git and then the operating system.
import { execFile } from 'child_process';
import * as os from 'os';

const GIT_TIMEOUT_MS = 3000;

export async function defaultReviewerName(cwd: string | undefined): Promise<string> {
  const fromGit = await new Promise<string>((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS }, (err, stdout) => resolve(err ? '' : String(stdout).trim()));
  });
  if (fromGit) return fromGit;
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}
