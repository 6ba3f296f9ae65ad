export * from './auth.js';
export * from './axe.js';
export * from './browser.js';
export * from './server.js';
export * from './rooms.js';
