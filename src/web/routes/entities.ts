import { Router } from 'express';
import { codeHint, countriesNamedLike, countryCodeByName, isCountryCode } from '../../search/country-names.js';
import { MAX_ACTOR_CHARS, refuseUnknown } from '../../search/parse-search-params.js';
import { charCount, clipChars } from '../../text/char-count.js';
import { ENTITY_LIST_LENGTH, entityModel, entityPageModel } from '../../search/entity-model.js';
import type { EntityRef, SearchService } from '../../search/search-service.js';
import { AppError } from '../app-error.js';
import type { ActorAliases } from '../../search/actor-aliases.js';
import { emptySearch } from '../../search/search-state.js';

function actorRef(name: string): Extract<EntityRef, { kind: 'actor' }> {
  if (name.trim() === '' || charCount(name) > MAX_ACTOR_CHARS) throw AppError.badRequest(`name: expected an actor name of 1 to ${MAX_ACTOR_CHARS} characters`);
  return { kind: 'actor', name };
}

function countryRef(code: string): EntityRef {
  const upper = code.toUpperCase();
  // A name no country has ("Atlantis", "Virgin"): not found, with the countries it is part of, rather than "expected
  // a code". (Written as a name: letters, small ones among them; "NE OR" is a code with filter syntax, a 400.)
  if (code.length > 2 && /^[\p{L} .'’-]+$/u.test(code) && /\p{Ll}/u.test(code)) throw AppError.notFound(`No country is named ${JSON.stringify(clipChars(code, 40))}${namedLikeHint(code)}`);
  if (!/^[A-Z]{2}$/.test(upper)) throw AppError.badRequest(`code: expected a two-letter ISO 3166 code such as NE, got ${JSON.stringify(clipChars(code, 20))}`);
  if (!isCountryCode(upper)) throw AppError.notFound(`No country with code ${upper}${codeHint(upper)}`);
  return { kind: 'country', code: upper };
}

/** `namedLikeHint('Korea')` → `': North Korea is KP, South Korea is KR'`; no such country: `''`. */
function namedLikeHint(name: string): string {
  const like = countriesNamedLike(name);
  return like.length === 0 ? '' : `: ${like.map((c) => `${c.name} is ${c.code}`).join(', ')}`;
}

/** The code of a country named by its name in an address ("Niger", "Iceland"), if it is one: a code is two letters. */
function codeOfNamed(param: string): string | undefined {
  return param.length > 2 ? countryCodeByName(param) : undefined;
}

/**
 * The 404 of an actor no article names, with the actors whose names hold it: `noArticleNames('Blair', [Tony Blair 94])`
 * → 404 `No article names Blair; actors whose names hold it: Tony Blair (94 articles)`
 */
function noArticleNames(name: string, offered: readonly { label: string; count: number }[]): AppError {
  const hint = offered.length === 0 ? '' : `; actors whose names hold it: ${offered.map((a) => `${a.label} (${a.count} ${a.count === 1 ? 'article' : 'articles'})`).join(', ')}`;
  return AppError.notFound(`No article names ${name}${hint}`);
}

/** Entity pages: who or where, a timeline of coverage, who and what is named in the same passages, latest articles. */
export function entityRoutes(service: SearchService, aliases: ActorAliases): Router {
  const router = Router();
  const profileOf = async (entity: EntityRef) => entityModel(entity, await service.profile(entity, ENTITY_LIST_LENGTH), ENTITY_LIST_LENGTH);
  /** The profile of an entity; an actor no article names is a 404 that names the actors whose names hold it. */
  const show = async (entity: EntityRef) => {
    const model = await profileOf(entity);
    if (model.total === 0 && entity.kind === 'actor') throw noArticleNames(entity.name, await actorsHolding(entity.name));
    return model;
  };
  /** What the search page offers for an actor no article names ("Blair": Tony Blair, …), as the actor finder finds them. */
  const actorsHolding = async (name: string) => (await service.search({ ...emptySearch, actors: [name], pageSize: 1 })).actorSuggestions?.[0]?.actors ?? [];
  router.get('/actors/:name', async (req, res) => {
    // Another name of the alias file ("NATO"): the page is the canonical name's.
    const canonical = aliases.canonicalOf(req.params.name);
    if (canonical !== req.params.name) return res.redirect(301, `/actors/${encodeURIComponent(canonical)}`);
    const entity = actorRef(req.params.name);
    const profile = await profileOf(entity);
    if (profile.total === 0) {
      // A surname no article names alone ("/actors/Blair": actors are filed under full names) is no dead end: the
      // search page for it offers the actors whose names hold it, with their counts and links (a black-box review: the
      // page said only "No article names Blair"). 302: an article may name it later.
      const offered = await actorsHolding(entity.name);
      if (offered.length > 0) return res.redirect(302, `/?actor=${encodeURIComponent(entity.name)}`);
      throw noArticleNames(entity.name, offered);
    }
    const model = entityPageModel(profile, entity);
    res.render('entity', { title: `${model.name} · Dispatch`, skipLabel: 'Skip to the coverage', entity: model });
  });
  router.get('/countries/:code', async (req, res) => {
    // A country typed by its name ("/countries/Niger"): its code's page, as an actor's other name goes to its own.
    const named = codeOfNamed(req.params.code);
    if (named !== undefined) return res.redirect(301, `/countries/${named}`);
    const entity = countryRef(req.params.code);
    const model = entityPageModel(await show(entity), entity);
    res.render('entity', { title: `${model.name} · Dispatch`, skipLabel: 'Skip to the coverage', entity: model });
  });
  // The API refuses what it does not take, as /api/search does: a misspelt parameter is never silently ignored.
  router.get('/api/actors/:name', async (req, res) => {
    refuseUnknown(req.query, []);
    res.json(await show(actorRef(aliases.canonicalOf(req.params.name))));
  });
  router.get('/api/countries/:code', async (req, res) => {
    refuseUnknown(req.query, []);
    // By its name, as the page: "/api/countries/Iceland" is Iceland's (a black-box review: the page went, the API 400).
    const named = codeOfNamed(req.params.code);
    if (named !== undefined) return res.redirect(301, `/api/countries/${named}`);
    res.json(await show(countryRef(req.params.code)));
  });
  return router;
}
