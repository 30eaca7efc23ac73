import {
  Count,
  CountSchema,
  Filter,
  FilterExcludingWhere,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  param,
  patch,
  post,
  put,
  requestBody,
  response,
} from '@loopback/rest';
import {StockLevel} from '../models';
import {StockLevelRepository} from '../repositories';

// LoopBack 3's CRUD endpoints of StockLevel, at its paths (/StockLevels).
export class StockLevelController {
  constructor(
    @repository(StockLevelRepository)
    public stockLevelRepository: StockLevelRepository,
  ) {}

  @post('/StockLevels')
  @response(200, {
    description: 'StockLevel model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(StockLevel),
      },
    },
  })
  async create(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(StockLevel, {
            title: 'NewStockLevel',
            exclude: ['id'],
          }),
        },
      },
    })
    stockLevel: Omit<StockLevel, 'id'>,
  ): Promise<StockLevel> {
    return this.stockLevelRepository.create(stockLevel);
  }

  @get('/StockLevels/count')
  @response(200, {
    description: 'StockLevel model count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async count(@param.where(StockLevel) where?: Where<StockLevel>): Promise<Count> {
    return this.stockLevelRepository.count(where);
  }

  @get('/StockLevels')
  @response(200, {
    description: 'Array of StockLevel model instances',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(StockLevel, {includeRelations: true}),
        },
      },
    },
  })
  async find(
    @param.filter(StockLevel) filter?: Filter<StockLevel>,
  ): Promise<StockLevel[]> {
    return this.stockLevelRepository.find(filter);
  }

  @patch('/StockLevels')
  @response(200, {
    description: 'StockLevel PATCH success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async updateAll(
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(StockLevel, {partial: true}),
        },
      },
    })
    stockLevel: StockLevel,
    @param.where(StockLevel) where?: Where<StockLevel>,
  ): Promise<Count> {
    return this.stockLevelRepository.updateAll(stockLevel, where);
  }

  @get('/StockLevels/{id}')
  @response(200, {
    description: 'StockLevel model instance',
    content: {
      'application/json': {
        schema: getModelSchemaRef(StockLevel, {includeRelations: true}),
      },
    },
  })
  async findById(
    @param.path.number('id') id: number,
    @param.filter(StockLevel, {exclude: 'where'})
    filter?: FilterExcludingWhere<StockLevel>,
  ): Promise<StockLevel> {
    return this.stockLevelRepository.findById(id, filter);
  }

  @patch('/StockLevels/{id}')
  @response(204, {description: 'StockLevel PATCH success'})
  async updateById(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(StockLevel, {partial: true}),
        },
      },
    })
    stockLevel: StockLevel,
  ): Promise<void> {
    await this.stockLevelRepository.updateById(id, stockLevel);
  }

  @put('/StockLevels/{id}')
  @response(204, {description: 'StockLevel PUT success'})
  async replaceById(
    @param.path.number('id') id: number,
    @requestBody() stockLevel: StockLevel,
  ): Promise<void> {
    await this.stockLevelRepository.replaceById(id, stockLevel);
  }

  @del('/StockLevels/{id}')
  @response(204, {description: 'StockLevel DELETE success'})
  async deleteById(@param.path.number('id') id: number): Promise<void> {
    await this.stockLevelRepository.deleteById(id);
  }
}
