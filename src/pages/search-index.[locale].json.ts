/** The search index, one file per language, built at build time and fetched only when someone searches. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../domain/locale.ts';
import { searchIndex } from '../site/law-data.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchIndex(params.locale as Locale)), { headers: { 'Content-Type': 'application/json' } });
