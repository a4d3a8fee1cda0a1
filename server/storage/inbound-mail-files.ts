/**
 * The raw bytes of each received e-mail, one `.eml` file per message under the data folder.
 * A file is written under a temporary name, fsynced, renamed into place and its folder fsynced,
 * so once the database row that names it commits, the bytes survive a crash or a power cut.
 */

import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

// Keys are made by mesa from a UUID, never taken from the message.
const KEY = /^[0-9a-f-]{36}\.eml$/;

export class InboundMailFiles {
  constructor(private readonly root: string) {}

  /** Stores `bytes` under `key` durably; resolves once data and name are on disk. */
  async write(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(this.root, { recursive: true });
    const temporary = `${path}.partial`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    await rename(temporary, path);
    // The rename is only durable once the folder's entry is: fsync the folder too.
    const folder = await open(this.root, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  read(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  async readAll(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`bad inbound mail key ${key}`);
    return join(this.root, key);
  }
}
