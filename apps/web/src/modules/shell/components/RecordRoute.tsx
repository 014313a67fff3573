import type { ComponentType } from 'react';
import { useParams } from 'react-router-dom';

interface RecordRouteProps {
  page: ComponentType<{ id: string }>;
}

/** Mounts a record page afresh per id, so live state never leaks from one record to the next. */
export function RecordRoute({ page: Page }: RecordRouteProps) {
  const { id } = useParams<{ id: string }>();
  if (!id) return null;
  return <Page key={id} id={id} />;
}
