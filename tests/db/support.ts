import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { inject } from 'vitest';
import { connectDatabase, type DbInfo } from '../../server/src/db/connect.js';

/**
 * The database contract suite: each test file works in a database of its own on the run's
 * engine (the embedded FerretDB, or MONGODB_URI when set), connected the way the app connects
 * (`connectDatabase`: one connection on FerretDB).
 */
export type ContractDb = {
  uri: string;
  dbName: string;
  info: DbInfo;
  isFerretDb: boolean;
  db: mongoose.mongo.Db;
  /** A raw collection of this file's database, through the app's (default) connection. */
  collection<T extends mongoose.mongo.Document = mongoose.mongo.Document>(name: string): mongoose.mongo.Collection<T>;
  /** Another connection pool on the same database, closed by `close()`. */
  pool(maxPoolSize: number): Promise<Connection>;
  close(): Promise<void>;
};

export async function openContractDb(): Promise<ContractDb> {
  const uri = inject('mongoUri');
  const dbName = `contract_${randomBytes(5).toString('hex')}`;
  const info = await connectDatabase(uri, { dbName });
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database handle after connectDatabase');
  const pools: Connection[] = [];
  return {
    uri,
    dbName,
    info,
    isFerretDb: info.engine === 'ferretdb',
    db,
    collection: (name) => db.collection(name),
    async pool(maxPoolSize) {
      const conn = await mongoose
        .createConnection(uri, { dbName, maxPoolSize, serverSelectionTimeoutMS: 10_000 })
        .asPromise();
      pools.push(conn);
      return conn;
    },
    async close() {
      for (const conn of pools) await conn.close().catch(() => undefined);
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await mongoose.disconnect();
    },
  };
}

/** Whether the run's engine is FerretDB, decided before tests are collected (for `it.skipIf`). */
export async function engineIsFerretDb(): Promise<boolean> {
  const conn = await mongoose
    .createConnection(inject('mongoUri'), { maxPoolSize: 1, serverSelectionTimeoutMS: 10_000 })
    .asPromise();
  try {
    const info = await conn.db!.admin().command({ buildInfo: 1 });
    return 'ferretdbVersion' in info;
  } finally {
    await conn.close();
  }
}

/** The error a rejected promise carries (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('expected the operation to fail');
}
