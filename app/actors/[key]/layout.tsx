import { notFoundUnlessExists, type KeyedLayoutProps } from '@/app/components/keyed-route';
import { ActorRouteGuardDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** An unknown actor is a real 404 (see notFoundUnlessExists). */
export default async function ActorLayout({ children, params }: KeyedLayoutProps) {
  const { key } = await params;
  await notFoundUnlessExists(
    key,
    async () => (await runOperation(ActorRouteGuardDocument, { key })).actor !== null,
  );
  return children;
}
