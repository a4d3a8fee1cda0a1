import { useState } from 'react';
import { takeFlash } from '../flash';

/** Shows the notice left by the previous page, announced politely. */
export function FlashNotice() {
  const [message] = useState(takeFlash);
  if (message === null) return null;
  return (
    <div className="alert alert-success" role="status">
      {message}
    </div>
  );
}
