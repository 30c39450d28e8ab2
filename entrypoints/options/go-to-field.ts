import { useCallback, useEffect, useRef, useState } from 'react';
import type { PackStep } from '@/lib/packs';
import { fieldKey, type PackLocation } from '@/lib/packs/field-errors';
import { fieldDomId } from './field-ids';

/** The element to focus for a problem: its field, a phrase's text, a step's heading, or the editor's. */
function focusId(location: PackLocation): string {
  if (location.kind === 'pack' || location.kind === 'cues') return 'editor-heading';
  if (location.kind === 'phrase' && location.field === null) return fieldDomId(`${fieldKey(location)}:text`);
  if (location.kind === 'phrase' && location.field === 'variants' && !location.behaviour)
    return fieldDomId(`phrase:${location.step}:${location.index}:text`);
  return fieldDomId(fieldKey(location));
}

/**
 * Moves focus to a problem's field, showing its step first when another one is shown: the focus waits for
 * the render that draws the field. A field folded away (a behaviour variant) is unfolded.
 */
export function useGoToField(step: PackStep, onStep: (step: PackStep) => void): (location: PackLocation) => void {
  const target = useRef<string | null>(null);
  // Each request is a new number, so asking for the same field twice still moves the focus there.
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (!target.current) return;
    const field = document.getElementById(target.current);
    target.current = null;
    const folded = field?.closest('details');
    if (folded) folded.open = true;
    field?.focus();
  }, [request]);
  return useCallback(
    (location: PackLocation) => {
      if ((location.kind === 'phrase' || location.kind === 'step') && location.step !== step) onStep(location.step);
      target.current = focusId(location);
      setRequest((n) => n + 1);
    },
    [step, onStep],
  );
}
