import type { Config } from '../config.js';
import { localStorage } from './local-storage.js';
import { s3Storage } from './s3-storage.js';
import type { FileStorage } from './storage.js';

export function createStorage(config: Config): FileStorage {
  return config.storage.kind === 'local'
    ? localStorage(config.storage.dir)
    : s3Storage(config.storage);
}
