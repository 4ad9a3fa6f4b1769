/** The API's prefix: same origin in production (the API serves this app) and through Vite's proxy in development. */
export const API_URL = '/api';
