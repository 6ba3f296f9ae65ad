import type { Express } from 'express';
import type { Locale } from '@shared/showroom/locale.js';
import type { BootValues } from '@shared/shell/boot-template.js';
import type { Server as SocketServer } from 'socket.io';
import type { Config } from './config.js';
import type { DbInfo } from './db/connect.js';
import type { Logger } from './logger.js';
import type { AnyRoute } from './http/route.js';
import type { ExtraOperation } from './http/openapi.js';

export type AppContext = {
  config: Config;
  logger: Logger;
  db: DbInfo;
  /** The clock; tests replace it to check deadlines without waiting. */
  now: () => Date;
  io: SocketServer;
  /** All features of this app, for cross-cutting work such as a user's data export. */
  features: Feature[];
};

/** A page of one record whose boot screen (client/src/shell/boot-screen.ts) the server fills in. */
export type RecordBootScreen = {
  /** The page's route, as the client's router and its boot screens name it: `/training/courses/:code`. */
  route: string;
  /** The record's texts in the reader's language; undefined when there is no such record. */
  values: (params: Record<string, string>, locale: Locale) => Promise<BootValues | undefined>;
};

/** A feature plugs its routes, socket handlers and seed into the app here; see server/src/features.ts. */
export type Feature = {
  name: string;
  /** Request middleware every route runs behind (sessions, CSRF checks). */
  beforeRoutes?: (app: Express, ctx: AppContext) => void;
  routes?: (ctx: AppContext) => AnyRoute[];
  /** Endpoints outside `/api` (e.g. the GS1 resolver), mounted before the PWA's fallback. */
  mountPublic?: (app: Express, ctx: AppContext) => void;
  openApiExtras?: ExtraOperation[];
  bootScreens?: RecordBootScreen[];
  sockets?: (ctx: AppContext) => void;
  /** A user's records held by this feature: exported on request, erased with the account (PIPL). */
  personalData?: {
    export(userId: string, ctx: AppContext): Promise<unknown>;
    erase(userId: string, ctx: AppContext): Promise<void>;
  };
  /** At shutdown, before the database closes: write out what is still buffered in memory. */
  stop?: (ctx: AppContext) => Promise<void>;
  /** Idempotent: runs at every start; inserts only what is missing. */
  seed?: (ctx: AppContext & { demo: boolean }) => Promise<void>;
};
