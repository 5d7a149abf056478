import type { ComposeServices72 } from '../../../catalogue/answer-types.generated.js';
import type { Ctx } from '../context.js';
import { chosen } from './provenance.js';

/** 7.2 read once: whether the service ships as an image, the base image (trimmed), its size budget and the Compose services. */
export interface Images {
  /** 7.2 is answered here. */
  answered: boolean;
  docker: boolean;
  /** 7.2's base image without surrounding spaces; '' without Docker. */
  baseImage: string;
  /** The user gave the base image (not the catalogue's default, nor a default equal to it). */
  baseImageChosen: boolean;
  /** The image size budget in MB, with Docker. */
  sizeMb?: number;
  /** The local Docker Compose services, with Docker. */
  composeServices: ComposeServices72[];
}

export function decideImages(ctx: Ctx): Images {
  const a = ctx.answers('7.2');
  const docker = a?.docker === 'yes';
  return {
    answered: a !== undefined,
    docker,
    baseImage: docker ? (a?.baseImage ?? '').trim() : '',
    baseImageChosen: chosen(ctx, '7.2', 'baseImage'),
    ...(docker && a?.imageSize !== undefined ? { sizeMb: a.imageSize } : {}),
    composeServices: docker ? (a?.composeServices ?? []) : [],
  };
}
