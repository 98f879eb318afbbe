import { notFoundUnlessExists, type KeyedLayoutProps } from '@/app/components/keyed-route';
import { SourceRouteGuardDocument } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

/** An unknown source is a real 404 (see notFoundUnlessExists). */
export default async function SourceLayout({ children, params }: KeyedLayoutProps) {
  const { key } = await params;
  await notFoundUnlessExists(
    key,
    async () => (await runOperation(SourceRouteGuardDocument, { key })).source !== null,
  );
  return children;
}
