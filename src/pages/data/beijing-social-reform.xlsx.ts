import type { APIRoute } from 'astro';
import { dataResponse } from '../../data/openDataFiles.ts';

export const GET: APIRoute = ({ site }) =>
  dataResponse('beijing-social-reform.xlsx', (site ?? new URL('http://localhost:4321')).href);
