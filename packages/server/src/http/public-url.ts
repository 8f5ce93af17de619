// Where people reach this server: the operator's STEADILY_PUBLIC_URL, else the address of the request
// (behind a proxy, with STEADILY_TRUST_PROXY=1, the forwarded one). FHIR fullUrls and identifier
// systems hang off it, and a clinician report without STEADILY_SERVICE_NAME names its host.
import type { FastifyRequest } from 'fastify';
import type { Settings } from '../services/context.ts';

export function publicUrlOf(settings: Settings, request: FastifyRequest): string {
  return settings.publicUrl ?? `${request.protocol}://${request.host}`;
}

export function serviceNameOf(settings: Settings, publicUrl: string): string {
  return settings.serviceName ?? `Steadily (${new URL(publicUrl).host})`;
}
