import {belongsTo, Entity, model, property} from '@loopback/repository';
import {Picture, PictureWithRelations} from './picture.model';

@model({settings: {validateUpsert: true, idInjection: true}})
export class PictureLink extends Entity {
  @property({type: 'number'})
  position?: number;

  @property({type: 'number', id: 1, generated: true})
  id?: number;

  @property({type: 'number'})
  linkableId?: number;

  @property({type: 'string', index: true})
  linkableType?: string;

  @belongsTo(() => Picture, {name: 'picture', keyTo: 'id'})
  pictureId?: number;

  constructor(data?: Partial<PictureLink>) {
    super(data);
  }
}

export interface PictureLinkRelations {
  picture?: PictureWithRelations;
}

export type PictureLinkWithRelations = PictureLink & PictureLinkRelations;
