/** One slice of a published minutes snapshot (JSON split over rows so that any size fits). */
export interface MinutesTextPart {
  meetingId: string;
  snapshotId: string;
  part: number;
  text: string;
}
