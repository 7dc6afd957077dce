import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const staticFiles: (
  folder: string,
) => (request: IncomingMessage, response: ServerResponse, next?: () => void) => void;

export declare const serve: (folder: string) => Promise<{ url: string; close: () => void }>;
