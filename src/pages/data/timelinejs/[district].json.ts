import type { APIRoute } from 'astro';
import { timelinejsFile, timelinejsPaths } from '../../../components/data/timelinejsFile.ts';

export const getStaticPaths = timelinejsPaths;
export const GET: APIRoute = ({ params }) => timelinejsFile(params.district!, 'zh');
