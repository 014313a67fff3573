import type { SelectOption } from 'src/modules/records/components/FieldSelect';
import { humanizeEnum } from 'src/modules/records/utils/labels';

export function enumOptions<T extends string>(values: readonly T[]): SelectOption<T>[] {
  return values.map((value) => ({ value, label: humanizeEnum(value) }));
}
