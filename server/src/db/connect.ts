import mongoose from 'mongoose';

export type DbInfo = { engine: 'ferretdb' | 'mongodb'; version: string };

// FerretDB 1.x reports a MongoDB version plus its own fields; the embeddable build leaves its version "unknown".
const EMBEDDED_FERRETDB_VERSION = '1.24.2';

async function probe(uri: string): Promise<DbInfo> {
  const connection = await mongoose
    .createConnection(uri, { maxPoolSize: 1, serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  try {
    const db = connection.db;
    if (!db) throw new Error('no database handle');
    const info = await db.admin().command({ buildInfo: 1 });
    if ('ferretdbVersion' in info) {
      const v = String(info.ferretdbVersion);
      return { engine: 'ferretdb', version: v && v !== 'unknown' ? v : EMBEDDED_FERRETDB_VERSION };
    }
    return { engine: 'mongodb', version: String(info.version) };
  } finally {
    await connection.close();
  }
}

/**
 * Connects the default Mongoose connection. On FerretDB every write must go through one
 * connection: it applies updates as read-modify-write without a lock (see README, database contract).
 */
export async function connectDatabase(uri: string, options: { dbName?: string } = {}): Promise<DbInfo> {
  mongoose.set('sanitizeFilter', true);
  mongoose.set('strictQuery', true);
  mongoose.set('autoIndex', false); // indexes are built, and awaited, by ensureIndexes()
  const info = await probe(uri);
  await mongoose.connect(uri, {
    maxPoolSize: info.engine === 'ferretdb' ? 1 : 20,
    serverSelectionTimeoutMS: 10_000,
    ...(options.dbName ? { dbName: options.dbName } : {}),
  });
  return info;
}

export async function ensureIndexes(): Promise<void> {
  for (const name of mongoose.modelNames()) await mongoose.model(name).createIndexes();
}

export async function databaseAnswers(timeoutMs = 2000): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  try {
    await db.admin().command({ ping: 1 }, { timeoutMS: timeoutMs });
    return true;
  } catch {
    return false;
  }
}
